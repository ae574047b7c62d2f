BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,40,3n;a,40"
});
