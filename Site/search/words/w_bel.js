BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"4z,2g;4z",
"belligerants":"3c,1o,2f,8"
});
