BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4n,2q;4n",
"early":"4b,38"
});
