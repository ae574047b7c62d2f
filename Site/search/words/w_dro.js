BRIEFINGS_SEARCH_WORDS("dro",{
"droit":"15,21,13,1,22,d,u,1,c;4a,22",
"droits":"24,8,1,1s,b,2,6,8,5,y,b,v,d,1,4,1,6,2;2d,25,1h",
"drone":"6v,r",
"drones":"2,4,t,1j,f,d,4c"
});
