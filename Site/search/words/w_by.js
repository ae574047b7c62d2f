BRIEFINGS_SEARCH_WORDS("by",{
"by":"3v,b,6,h,s,4,6,z,4,i,4,1,3,3,1,2,2;46,1f,4,15,4"
});
