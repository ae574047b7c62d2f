BRIEFINGS_SEARCH_WORDS("obs",{
"observateurs":"2t",
"observation":"2i,f,a,2,1i,2u,b,1",
"observatoire":"2d,1v,8,2,6,8,5,y,c,v,e,1,4,1,6,2;2d,25,1h",
"observatory":"2d,23,g,5,2n,6,3;51",
"observe":"5j,20",
"observee":"5d,2g"
});
