BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,3z,3l;a,3z"
});
