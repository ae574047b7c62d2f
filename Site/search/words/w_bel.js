BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"50,2f;50",
"belligerants":"3b,1q,2e,8"
});
