/** Pages that are not in the main menu but belong to an item of it. */
export const NORM_DATA_PATH = '/sykehjem/registre';
export const TRAINING_DATA_PATH = '/utdanning/registre';
