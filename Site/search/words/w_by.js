BRIEFINGS_SEARCH_WORDS("by",{
"by":"41,6,f,s,4,6,w,m,4,1,3,3,1,2,2;41,1d,4,12"
});
