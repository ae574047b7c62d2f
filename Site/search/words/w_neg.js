BRIEFINGS_SEARCH_WORDS("neg",{
"negociables":"74,i",
"negociation":"1u",
"negociations":"6,2h,4k,1,d",
"negocie":"23,i,j,4,1",
"negociee":"39",
"negotiating":"4n,38;4n"
});
