BRIEFINGS_SEARCH_WORDS("obs",{
"observateurs":"2t",
"observation":"2i,f,a,2,1h,2s,b,1",
"observatoire":"2d,1u,8,2,6,8,5,y,b,v,d,1,4,1,6,2;2d,24,1h",
"observatory":"2d,22,g,5,2l,6,3;50",
"observe":"5i,1y",
"observee":"5c,2e"
});
