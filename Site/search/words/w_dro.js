BRIEFINGS_SEARCH_WORDS("dro",{
"droit":"15,21,s,1,2e,d,v,1,c;3z,2e",
"droits":"24,8,1,1v,8,2,6,8,5,y,c,v,e,1,4,1,6,2;2d,25,1h",
"drone":"6w,s",
"drones":"2,4,t,1j,f,d,4e"
});
