BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"3p,1w,2g;5l",
"belligerants":"3y,1o,2f,8"
});
