BRIEFINGS_SEARCH_WORDS("obs",{
"observateurs":"2u",
"observation":"2j,f,a,2,1c,2l,b,1",
"observatoire":"2e,1p,8,2,d,5,y,9,p,f,1,4,1,6,2;2e,1z,i,y",
"observatory":"2e,1x,f,5,2f,6,3",
"observe":"72,3;72",
"observee":"58,27;58"
});
