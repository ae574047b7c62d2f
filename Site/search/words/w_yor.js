BRIEFINGS_SEARCH_WORDS("yor",{
"york":"2s,1f,u,3,2,1j,l,6,4"
});
