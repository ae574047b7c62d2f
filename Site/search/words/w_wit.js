BRIEFINGS_SEARCH_WORDS("wit",{
"with":"47,n,m,z,r,5,3,3,1,2;4u",
"without":"23,21,m,2s,2;7i"
});
