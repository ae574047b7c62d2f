BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2d,59",
"rahmane":"2d",
"rahmi":"2g,3o,1a;2g"
});
