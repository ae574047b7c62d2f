BRIEFINGS_SEARCH_WORDS("obs",{
"observateurs":"2t",
"observation":"2i,f,a,2,1d,2l,b,1",
"observatoire":"2d,1p,8,2,7,7,5,y,9,q,e,1,4,1,6,2;2d,1z,j,y",
"observatory":"2d,1x,g,5,2f,6,3",
"observe":"72,3;72",
"observee":"57,28"
});
