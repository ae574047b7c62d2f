BRIEFINGS_SEARCH_WORDS("obs",{
"observateurs":"2t",
"observation":"2i,f,a,2,1b,2o,b,1",
"observatoire":"2d,1p,8,2,5,7,5,y,9,t,e,1,4,1,6,2;2d,1z,1f",
"observatory":"2d,1x,e,5,2i,6,3;4t",
"observe":"73,3;73",
"observee":"55,2b"
});
