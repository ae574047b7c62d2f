BRIEFINGS_SEARCH_WORDS("mig",{
"migrant":"7g",
"migrants":"0,d,6,1,s,8,2,a,6,g,b,4,1,a,1z,b,5,1,1b,h,3,3,3,1;6z,k",
"migration":"1c,n,17,4l",
"migrations":"1c,n,17,2",
"migratoire":"0,f,1o,x,8,49,2"
});
