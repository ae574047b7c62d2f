BRIEFINGS_SEARCH_WORDS("neg",{
"negociables":"73,i",
"negociation":"1u",
"negociations":"6,2h,4j,e",
"negocie":"23,i,j,4,1",
"negociee":"39",
"negotiating":"4n,37;4n"
});
