BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2d,5i",
"rahmane":"2d",
"rahmi":"2g,3x,1a;2g"
});
