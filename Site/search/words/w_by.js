BRIEFINGS_SEARCH_WORDS("by",{
"by":"42,6,h,s,5,5,u,l,4,1,3,3,1,2,2;42,1f,5,z"
});
