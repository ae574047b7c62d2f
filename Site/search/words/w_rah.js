BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2d,5h",
"rahmane":"2d",
"rahmi":"2g,3w,1a;2g"
});
