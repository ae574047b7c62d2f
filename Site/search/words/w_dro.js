BRIEFINGS_SEARCH_WORDS("dro",{
"droit":"15,22,39,s,1,c",
"droits":"25,8,1,1p,8,2,7,7,5,y,9,q,e,1,4,1,6,2;2e,1z,j,y",
"drone":"6l,q",
"drones":"2,4,t,1k,f,d,40"
});
