BRIEFINGS_SEARCH_WORDS("obs",{
"observateurs":"2u",
"observation":"2j,f,a,2,1d,2l,b,1",
"observatoire":"2e,1p,8,2,7,7,5,y,9,q,e,1,4,1,6,2;2e,1z,j,y",
"observatory":"2e,1x,g,5,2f,6,3",
"observe":"73,3;73",
"observee":"59,27"
});
