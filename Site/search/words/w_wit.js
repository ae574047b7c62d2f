BRIEFINGS_SEARCH_WORDS("wit",{
"with":"46,l,m,z,u,5,3,3,1,2;4r,m",
"without":"22,21,k,2v,2;7i"
});
