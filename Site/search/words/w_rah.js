BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2d,57",
"rahmane":"2d",
"rahmi":"2g,3m,1a;2g"
});
