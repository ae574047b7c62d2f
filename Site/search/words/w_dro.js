BRIEFINGS_SEARCH_WORDS("dro",{
"droit":"15,22,38,s,1,c",
"droits":"25,8,1,1p,8,2,d,5,y,9,p,f,1,4,1,6,2;2e,1z,i,y",
"drone":"6j,r",
"drones":"2,4,t,1k,f,d,3z"
});
