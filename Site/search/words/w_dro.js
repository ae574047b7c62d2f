BRIEFINGS_SEARCH_WORDS("dro",{
"droit":"15,21,r,1,2d,d,u,1,c;3y,2d",
"droits":"24,8,1,1u,8,2,6,8,5,y,b,v,d,1,4,1,6,2;2d,24,1h",
"drone":"6u,r",
"drones":"2,4,t,1j,f,d,4b"
});
