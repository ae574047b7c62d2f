BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2d,56",
"rahmane":"2d",
"rahmi":"2g,3o,17;2g"
});
