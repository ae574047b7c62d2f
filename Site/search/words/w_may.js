BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,3v,3f;a,3v"
});
