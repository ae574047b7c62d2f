BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4n,2t;4n",
"early":"4a,3c"
});
