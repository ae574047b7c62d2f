BRIEFINGS_SEARCH_WORDS("wit",{
"with":"4t,m,m,z,r,5,3,3,1,2;5f",
"without":"23,2n,l,2s,2;83"
});
