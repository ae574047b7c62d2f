BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2d,5k",
"rahmane":"2d",
"rahmi":"2g,3y,1b;2g"
});
