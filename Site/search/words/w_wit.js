BRIEFINGS_SEARCH_WORDS("wit",{
"with":"46,n,m,z,u,5,3,3,1,2;4t",
"without":"22,21,m,2v,2;7k"
});
