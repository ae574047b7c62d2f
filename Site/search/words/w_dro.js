BRIEFINGS_SEARCH_WORDS("dro",{
"droit":"15,21,39,s,1,c",
"droits":"24,8,1,1p,8,2,7,7,5,y,9,q,e,1,4,1,6,2;2d,1z,j,y",
"drone":"6k,q",
"drones":"2,4,t,1j,f,d,40"
});
