BRIEFINGS_SEARCH_WORDS("neg",{
"negociables":"73,h",
"negociation":"1u",
"negociations":"6,2h,4j,d",
"negocie":"23,i,j,4,1",
"negociee":"39",
"negotiating":"4n,36;4n"
});
