BRIEFINGS_SEARCH_WORDS("dro",{
"droit":"15,22,3u,s,1,c",
"droits":"25,8,1,2b,8,2,d,5,y,9,p,f,1,4,1,6,2;2e,2l,i,y",
"drone":"75,r",
"drones":"2,4,t,1k,f,z,3z"
});
