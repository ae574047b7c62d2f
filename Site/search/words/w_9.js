BRIEFINGS_SEARCH_WORDS("9",{
"9":"n,n,2l,3x"
});
