BRIEFINGS_SEARCH_WORDS("ont",{
"ont":"0,z,e,14,r,1,1,4,3,d,6,k,5,n,b,2,9,5,1,1,8,s,3,2,9,1,1,3,1,2,1,3,2,2,1"
});
