BRIEFINGS_SEARCH_WORDS("osd",{
"osdh":"1,2c,4,20,6,1b,b,v,d,1,4,1,6,2"
});
