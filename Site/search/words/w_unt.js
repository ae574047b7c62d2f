BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"5r,1n",
"until":"45,31,4,a"
});
