BRIEFINGS_SEARCH_WORDS("obs",{
"observateurs":"2t",
"observation":"2i,f,a,2,1i,2s,b,1",
"observatoire":"2d,1s,b,2,6,8,5,y,b,v,d,1,4,1,6,2;2d,25,1h",
"observatory":"2d,23,g,5,2l,6,3;51",
"observe":"5j,1y",
"observee":"5d,2e"
});
