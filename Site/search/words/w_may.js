BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,3x,3o;a,3x"
});
