BRIEFINGS_SEARCH_WORDS("yor",{
"york":"2r,1f,u,1n,4,l,6,4;46"
});
