BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,3v,3e;a,3v"
});
