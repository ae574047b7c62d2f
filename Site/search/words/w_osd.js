BRIEFINGS_SEARCH_WORDS("osd",{
"osdh":"1,2c,4,21,6,1b,c,v,e,1,4,1,6,2"
});
