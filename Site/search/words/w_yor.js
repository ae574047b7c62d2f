BRIEFINGS_SEARCH_WORDS("yor",{
"york":"2r,1f,t,2,4,1j,l,6,4"
});
