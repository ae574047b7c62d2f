BRIEFINGS_SEARCH_WORDS("obs",{
"observateurs":"2u",
"observation":"2j,f,w,2,1c,2l,b,1",
"observatoire":"2e,2b,8,2,d,5,y,9,p,f,1,4,1,6,2;2e,2l,i,y",
"observatory":"2e,2j,f,5,2f,6,3",
"observe":"7o,3;7o",
"observee":"5u,27;5u"
});
