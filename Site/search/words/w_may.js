BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,3x,3p;a,3x"
});
