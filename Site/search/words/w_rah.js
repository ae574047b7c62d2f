BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2d,5j",
"rahmane":"2d",
"rahmi":"2g,3x,1b;2g"
});
